import type { MatrixModule } from "./types";

export const matrix: MatrixModule = {
  endpoints: {},
  unscoped: {
    setLocaleAction: "changes the caller's own language only",
    signOutAction: "ends the caller's own session only",
    loginAction: "the sign-in form itself",
  },
};
