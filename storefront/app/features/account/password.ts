/** Long enough to resist guessing, short enough to type on a phone; Medusa's emailpass takes any length. */
export const PASSWORD_MIN = 8
