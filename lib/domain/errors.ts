/** Why the workshop said no. The wire protocol adds its own codes on top (see lib/protocol). */
export type DomainErrorCode = "invalid_input" | "forbidden" | "not_found" | "conflict" | "closed";

export interface DomainError {
  code: DomainErrorCode;
  message: string;
}

export function domainError(code: DomainErrorCode, message: string): DomainError {
  return { code, message };
}
