import { graphql } from '$gql';

/** Is this the set-up code the staff gave? Asked as soon as it is typed (a try, like a PIN's). */
export const CheckPinSetupCode = graphql(`
  mutation CheckPinSetupCode($phone: String!, $code: String!) {
    checkPinSetupCode(input: { phone: $phone, code: $code })
  }
`);

/** Sets the resident's own PIN with the set-up code, and signs them in. */
export const SetPinWithCode = graphql(`
  mutation SetPinWithCode($phone: String!, $code: String!, $pin: String!) {
    setPinWithCode(input: { phone: $phone, code: $code, pin: $pin }) {
      ...ResidentSignInFields
    }
  }
`);

export const ChangeMyPin = graphql(`
  mutation ChangeMyPin($currentPin: String!, $newPin: String!) {
    changeMyPin(input: { currentPin: $currentPin, newPin: $newPin })
  }
`);

/** When the service office is open next (the corner's openings): where a set-up code is given. */
export const OfficeHours = graphql(`
  query PinOfficeHours {
    cornerStatus {
      open
      opening {
        startsAt
        endsAt
      }
    }
  }
`);
