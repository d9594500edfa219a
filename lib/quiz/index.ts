export { isExactMatch, responseProblem, type ResponseProblem } from "./grade";
