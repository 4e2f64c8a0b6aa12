/** The answer to `GET /api/config`: what the pages need to know about this server before asking it anything. */
export interface ServerConfig {
  /**
   * Creating or importing a workshop needs the server's creation key (its CREATE_SECRET), sent as
   * `Authorization: Bearer <key>`.
   */
  createSecretRequired: boolean;
  /** The most people one workshop takes; 0 means no limit. */
  maxParticipants: number;
}
