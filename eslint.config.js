import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import drizzle from "eslint-plugin-drizzle";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const processEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Read configuration from server/env.js, where it is validated.",
};

// Partner-written text reaches the counselor's pages, which hold more: it is only ever
// rendered as React text (E5). No markup from strings, and no exceptions so far.
const rawHtml = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render text, not HTML: partner-written words must stay inert." },
  { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: "Render text, not HTML: partner-written words must stay inert." },
  { selector: "CallExpression > MemberExpression.callee[property.name=/^(insertAdjacentHTML|createContextualFragment)$/]", message: "Render text, not HTML: partner-written words must stay inert." },
];

export default tseslint.config(
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "db/migrations/**", "next-env.d.ts", "playwright-report/**", "test-results/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
  },
  nextPlugin.configs["core-web-vitals"],
  reactHooks.configs.flat["recommended-latest"],
  {
    plugins: { drizzle },
    rules: {
      // An unscoped update or delete is how one couple's data reaches another's.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      curly: ["error", "multi-line"],
      eqeqeq: ["error", "smart"],
      "no-restricted-syntax": ["error", processEnv, ...rawHtml],
    },
  },
  {
    // Pages and components reach data only through the tRPC router (server caller or
    // client), where every policy and scope is enforced.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["app/api/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db/client", "@/db/queries/*", "@/server/db", "@/server/services/*", "drizzle-orm", "drizzle-orm/*"], message: "Load data through the tRPC router (server/api/request-context.ts or useTRPC)." },
          ],
        },
      ],
    },
  },
  {
    // Routers stay thin: validation and a service call, never queries of their own.
    files: ["server/api/routers/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/db/client", "@/db/queries/*", "drizzle-orm", "drizzle-orm/*"], message: "Call a service in server/services instead." }] }],
    },
  },
  {
    // The few places that legitimately touch process.env: the env module itself, the
    // Next runtime flag, next-auth's own variable, and tooling/test configuration.
    files: ["server/env.js", "instrumentation.ts", "server/auth/options.ts", "tests/**", "*.config.{js,ts,mjs}"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
