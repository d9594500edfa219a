import { inject } from "vitest";

// Runs before each integration test file is imported, so the app's lazily-read configuration sees the test database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = String(inject("databasePoolMax"));
process.env.NEXTAUTH_SECRET = "integration-tests-secret-of-at-least-32-chars";
// E-mail goes to a folder the tests read (tests/support/outbox.ts); nothing is sent.
process.env.MAIL_OUTBOX_DIR = `${process.env.TMPDIR ?? "/tmp"}/gureum-outbox-${process.pid}`;
