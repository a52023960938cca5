/** What a verified access token tells about its bearer. */
export interface AuthenticatedUser {
  userId: string;
}
