ALTER TABLE "zoom_host_candidates" ALTER COLUMN "concurrent_meetings" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "zoom_host_candidates" ALTER COLUMN "concurrent_meetings" DROP NOT NULL;--> statement-breakpoint
-- Every stored value was the old default, never read from Zoom: unknown until the next directory read.
UPDATE "zoom_host_candidates" SET "concurrent_meetings" = NULL;
