import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The dev badge is a button named "Open Next.js Dev Tools": it would collide with the console's
  // "Next" button in tests run against `npm run dev`. Errors are still shown.
  devIndicators: false,
  // `npm test` type-checks the whole project (pages, server and tests) as its first step, and CI
  // runs it; the build doing it again would only repeat that minute on every build.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
