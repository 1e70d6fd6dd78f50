import { graphql } from '$gql';

export const ResidentsPageQuery = graphql(`
  query ResidentsPage(
    $search: String
    $buildingId: ID
    $unit: Int
    $room: String
    $ageBand: AgeBand
    $livesAlone: Boolean
    $limitedMobility: Boolean
    $movedAway: Boolean!
    $offset: Int!
    $limit: Int!
  ) {
    residents(
      search: $search
      buildingId: $buildingId
      unit: $unit
      room: $room
      ageBand: $ageBand
      livesAlone: $livesAlone
      limitedMobility: $limitedMobility
      movedAway: $movedAway
      offset: $offset
      limit: $limit
    ) {
      total
      items {
        id
        name
        age
        unit
        room
        phoneMasked
        livesAlone
        limitedMobility
        movedAway
        building {
          id
          number
          name
        }
      }
    }
  }
`);

export const HouseholdQuery = graphql(`
  query Household($buildingId: ID!, $unit: Int!, $room: String!) {
    household(buildingId: $buildingId, unit: $unit, room: $room) {
      id
      name
      age
      phoneMasked
      livesAlone
      limitedMobility
      building {
        id
        number
        name
      }
    }
  }
`);
