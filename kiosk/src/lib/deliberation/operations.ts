import { graphql } from '$gql';

/** One of the resident's own suggestions, as 我的建议 shows it. */
export const KioskMySuggestion = graphql(`
  fragment KioskMySuggestion on MySuggestionView {
    id
    ref
    title
    category
    status
    urgency
    dueDay
    createdAt
    latest {
      kind
      text
      at
    }
    answer
    answeredAt
    changed
  }
`);

export const KioskSubmitSuggestion = graphql(`
  mutation KioskSubmitSuggestion($input: SubmitSuggestionInput!) {
    submitSuggestion(input: $input) {
      ...KioskMySuggestion
    }
  }
`);

export const KioskMySuggestions = graphql(`
  query KioskMySuggestions {
    mySuggestions {
      ...KioskMySuggestion
    }
  }
`);

/** Only whether anything changed: the home tile's badge. */
export const KioskSuggestionsChanged = graphql(`
  query KioskSuggestionsChanged {
    mySuggestions {
      id
      changed
    }
  }
`);

export const KioskMarkSuggestionsSeen = graphql(`
  mutation KioskMarkSuggestionsSeen {
    markSuggestionsSeen
  }
`);

export const KioskSuggestionBoard = graphql(`
  query KioskSuggestionBoard($status: MatterStatus, $first: Int!) {
    suggestionBoard(status: $status, first: $first) {
      ref
      title
      category
      status
      urgency
      dueDay
      suggesters
      latest {
        kind
        text
        at
      }
      answer
      answeredAt
    }
  }
`);
