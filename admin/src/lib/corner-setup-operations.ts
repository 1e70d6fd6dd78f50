import { graphql } from '$gql';

/** Setting up the 便民服务角 in the console: its offerings, the calendar of openings, its desks. */

export const SetupOfferingFragment = graphql(`
  fragment SetupOffering on Offering {
    id
    letter
    name
    provider
    typicalMinutes
    bookingCapacity
    active
  }
`);

export const AllOfferingsQuery = graphql(`
  query AllOfferings {
    allOfferings {
      ...SetupOffering
    }
  }
`);

export const CreateOffering = graphql(`
  mutation CreateOffering($input: OfferingInput!) {
    createOffering(input: $input) {
      ...SetupOffering
    }
  }
`);

export const UpdateOffering = graphql(`
  mutation UpdateOffering($input: UpdateOfferingInput!) {
    updateOffering(input: $input) {
      ...SetupOffering
    }
  }
`);

export const SetOfferingActive = graphql(`
  mutation SetOfferingActive($id: ID!, $active: Boolean!) {
    setOfferingActive(id: $id, active: $active) {
      ...SetupOffering
    }
  }
`);

export const CornerCalendarQuery = graphql(`
  query CornerCalendar($month: String!) {
    cornerCalendar(month: $month) {
      bookings
      opening {
        id
        startsAt
        endsAt
        cancelled
      }
    }
  }
`);

export const OpeningLinesQuery = graphql(`
  query OpeningLines($openingId: ID!) {
    openingLines(openingId: $openingId) {
      booked
      capacity
      capacityOverride
      offering {
        id
        letter
        name
        bookingCapacity
      }
    }
  }
`);

export const GenerateOpenings = graphql(`
  mutation GenerateOpenings($input: OpeningPatternInput!) {
    generateOpenings(input: $input) {
      created
      skipped
      holidaysSkipped
    }
  }
`);

export const CheckOpeningPattern = graphql(`
  query CheckOpeningPattern($input: OpeningPatternInput!) {
    checkOpeningPattern(input: $input) {
      holidays {
        date
        name
        nameEn
      }
      knownThrough
      unchecked
    }
  }
`);

export const AddOpening = graphql(`
  mutation AddOpening($input: OneOffOpeningInput!) {
    addOpening(input: $input) {
      id
      startsAt
    }
  }
`);

export const CloseOpening = graphql(`
  mutation CloseOpening($input: CloseOpeningInput!) {
    closeOpening(input: $input) {
      cancelledBookings
      opening {
        id
        cancelled
      }
    }
  }
`);

export const ReopenOpening = graphql(`
  mutation ReopenOpening($openingId: ID!) {
    reopenOpening(openingId: $openingId) {
      id
      cancelled
    }
  }
`);

export const SetLineCapacity = graphql(`
  mutation SetLineCapacity($input: LineCapacityInput!) {
    setLineCapacity(input: $input) {
      booked
      capacity
      capacityOverride
    }
  }
`);

export const SetupDesksQuery = graphql(`
  query SetupDesks {
    desks(includeInactive: true) {
      id
      name
      active
      offeringIds
    }
  }
`);

export const CreateDesk = graphql(`
  mutation CreateDesk($input: DeskInput!) {
    createDesk(input: $input) {
      id
      name
    }
  }
`);

export const UpdateDesk = graphql(`
  mutation UpdateDesk($input: UpdateDeskInput!) {
    updateDesk(input: $input) {
      id
      name
      active
      offeringIds
    }
  }
`);
