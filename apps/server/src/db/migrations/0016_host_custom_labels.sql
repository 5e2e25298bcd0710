ALTER TABLE "zoom_host_candidates" ALTER COLUMN "label" DROP NOT NULL;--> statement-breakpoint
-- A label that is the old default ("Last First <email>") becomes NULL: views compose the default in each
-- viewer's name order now.
UPDATE "zoom_host_candidates" SET "label" = NULL
WHERE "label" = CASE
  WHEN concat_ws(' ', nullif(btrim("last_name"), ''), nullif(btrim("first_name"), '')) = '' THEN '<' || "email" || '>'
  ELSE concat_ws(' ', nullif(btrim("last_name"), ''), nullif(btrim("first_name"), '')) || ' <' || "email" || '>'
END;--> statement-breakpoint
-- The app refused duplicate labels before this index existed, but only for hosts a change touched; a
-- leftover duplicate keeps its oldest holder's label and the others go back to their default, which
-- contains the e-mail and so cannot clash.
UPDATE "zoom_host_candidates" SET "label" = NULL
WHERE "id" IN (
  SELECT "id" FROM (
    SELECT "id", row_number() OVER (
      PARTITION BY "organization_id", "zoom_account_id", lower(btrim("label"))
      ORDER BY "created_at", "id"
    ) AS "holder"
    FROM "zoom_host_candidates"
    WHERE "label" IS NOT NULL
  ) AS "ranked"
  WHERE "holder" > 1
);--> statement-breakpoint
CREATE UNIQUE INDEX "zoom_host_candidates_label_unique" ON "zoom_host_candidates" USING btree ("organization_id","zoom_account_id",lower(btrim("label"))) WHERE "zoom_host_candidates"."label" is not null;
