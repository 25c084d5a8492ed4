/** The shortest password accepted; its own module so password forms check it without zod in the browser. */
export const MIN_PASSWORD_LENGTH = 10;
