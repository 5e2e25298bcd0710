-- Settings → Zoom follows the meeting guard live: an admin's auto-recreate choice and a reconcile run as the
-- background job starts and finishes it (the page shows *Reconciling…*, then the counts). The same
-- `parley_changes` notification as migration 0008, topic `zoom`.
CREATE TRIGGER meeting_reconcile_runs_changed AFTER INSERT OR UPDATE OR DELETE ON meeting_reconcile_runs
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('zoom');
--> statement-breakpoint
CREATE TRIGGER meeting_guard_settings_changed AFTER INSERT OR UPDATE OR DELETE ON meeting_guard_settings
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('zoom');
