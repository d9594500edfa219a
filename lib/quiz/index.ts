export { isExactMatch, responseProblem, type ResponseProblem } from "./grade";
export {
  presentChoices,
  presentationSeed,
  shownLetter,
  shownLetters,
  storedLabels,
  type ChoiceOrder,
} from "./presentation";
