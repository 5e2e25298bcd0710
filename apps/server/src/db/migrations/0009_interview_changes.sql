-- Open interview pages and lists follow an interview's state and its Zoom meeting (Scheduling → Confirmed,
-- a failure, a changed link) as the background meeting job writes them: the same `parley_changes`
-- notification as migration 0008, topic `interviews`. Meeting calls are history nobody shows live.
CREATE TRIGGER interviews_changed AFTER INSERT OR UPDATE OR DELETE ON interviews
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('interviews');
--> statement-breakpoint
CREATE TRIGGER zoom_meetings_changed AFTER INSERT OR UPDATE OR DELETE ON zoom_meetings
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('interviews');
