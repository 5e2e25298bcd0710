ALTER TABLE "organizations" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "job_stages" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- An existing organization starts in its first admin's zone, which is what new candidates defaulted to before.
UPDATE "organizations" SET "time_zone" = "first_admin"."time_zone"
FROM (
  SELECT DISTINCT ON ("organization_id") "organization_id", "time_zone"
  FROM "users" WHERE "role" = 'admin'
  ORDER BY "organization_id", "created_at", "id"
) AS "first_admin"
WHERE "first_admin"."organization_id" = "organizations"."id";
