import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Layers, as in docs/ARCHITECTURE: each rule says why it is there. */
const layer = (files, patterns) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns }] },
});

const NO_SERVER = { group: ["@/server/*", "**/server/*"], message: "Pages and lib never import the server: talk to it through lib/protocol." };
const NO_IO = {
  group: ["socket.io", "socket.io-client", "react", "react-dom", "next", "next/*", "node:*", "fs", "path", "better-sqlite3", "pg", "@/lib/client/*", "@/server/*", "@/app/*", "@/lib/protocol", "@/lib/protocol/*"],
  message: "lib/domain is pure: no I/O, no framework, no transport. It runs unchanged on the server and in every browser.",
};
const NO_SOCKET_IO = { group: ["socket.io"], message: "Only server/realtime knows Socket.IO; rooms and the API stay transport-free." };

export default tseslint.config(
  { ignores: [".next/**", ".onside/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
  layer(["lib/domain/**"], [NO_IO]),
  // The catalogues may read the English of the server's own refusals, which live in the contract.
  layer(["lib/i18n/**"], [
    { ...NO_IO, group: NO_IO.group.filter((g) => !g.startsWith("@/lib/protocol")) },
    { regex: "^@/lib/protocol(?!/reasons$)", message: NO_IO.message },
  ]),
  layer(["lib/protocol/**"], [NO_SERVER, { group: ["react", "next", "next/*", "socket.io", "socket.io-client", "node:*", "@/lib/client/*"], message: "lib/protocol is the shared contract: types and schemas only." }]),
  layer(["lib/client/**", "app/**"], [NO_SERVER, { group: ["socket.io", "better-sqlite3", "pg", "node:*"], message: "Browser code: no server libraries or Node APIs." }]),
  layer(["lib/client/**", "app/_components/**"], [NO_SERVER, { group: ["socket.io", "better-sqlite3", "pg", "node:*"], message: "Browser code: no server libraries or Node APIs." }, { group: ["@/lib/i18n/catalogues"], message: "Every language's catalogue is for the server: a page gets its one language from the layout (useT)." }]),
  layer(["server/**"], [{ group: ["@/app/*", "@/lib/client/*", "react", "react-dom"], message: "The server never imports pages or browser code." }]),
  {
    files: ["server/**"],
    ignores: ["server/realtime/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_SOCKET_IO, { group: ["@/app/*", "@/lib/client/*", "react", "react-dom"], message: "The server never imports pages or browser code." }] }] },
  },
  { files: ["server/main.ts", "scripts/**", "tests/**"], rules: { "no-console": "off" } },
);
