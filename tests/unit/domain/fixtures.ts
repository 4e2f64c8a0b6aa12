/** The shared domain test builders live in tests/helpers/domain.ts. */
export * from "../../helpers/domain";
