import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getStudySettings } from "@/lib/server/account/get-study-settings";
import { updateSettings } from "@/lib/server/account/update-settings";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/srs";

const stamp = Math.random().toString(36).slice(2, 8);

describe("study settings", () => {
  afterAll(() => db().$disconnect());

  it("start at the defaults and save valid changes for this learner only", async () => {
    const userId = (await db().user.create({ data: { email: `settings-${stamp}@example.com`, passwordHash: "x" } })).id;
    const otherId = (
      await db().user.create({ data: { email: `settings-other-${stamp}@example.com`, passwordHash: "x" } })
    ).id;
    expect(await getStudySettings({ userId })).toEqual(DEFAULT_STUDY_SETTINGS);
    const changed = {
      dailyNewLimit: 5,
      dailyQuizSize: 3,
      desiredRetention: 0.95,
      timeZone: "Europe/Berlin",
      locale: "en" as const,
      examAccommodation: true,
    };
    await updateSettings({ userId, settings: changed });
    expect(await getStudySettings({ userId })).toEqual(changed);
    expect(await getStudySettings({ userId: otherId })).toEqual(DEFAULT_STUDY_SETTINGS);
  });

  it("refuses a time zone the browser knows but PostgreSQL does not, which would break the dashboard", async () => {
    const userId = (
      await db().user.create({ data: { email: `settings-zone-${stamp}@example.com`, passwordHash: "x" } })
    ).id;
    for (const timeZone of ["US/Pacific-New", "Canada/East-Saskatchewan"]) {
      await expect(updateSettings({ userId, settings: { ...DEFAULT_STUDY_SETTINGS, timeZone } })).rejects.toMatchObject(
        {
          code: "BAD_INPUT",
        },
      );
    }
    expect(await getStudySettings({ userId })).toEqual(DEFAULT_STUDY_SETTINGS);
  });

  it("refuse out-of-range values with the schema's message and change nothing", async () => {
    const userId = (await db().user.create({ data: { email: `settings-bad-${stamp}@example.com`, passwordHash: "x" } }))
      .id;
    await expect(
      updateSettings({ userId, settings: { ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.99 } }),
    ).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: "Desired retention must be between 0.70 and 0.97",
    });
    await expect(
      updateSettings({ userId, settings: { ...DEFAULT_STUDY_SETTINGS, timeZone: "Nowhere/Land" } }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await getStudySettings({ userId })).toEqual(DEFAULT_STUDY_SETTINGS);
  });
});
