export { isExactMatch, responseProblem, type ResponseProblem } from "./grade";
export {
  inShownOrder,
  presentChoices,
  presentationSeed,
  shownLetter,
  shownLetters,
  storedLabels,
  type ChoiceOrder,
} from "./presentation";
