-- Open pages learn that something they show changed: every write to these tables notifies the channel
-- `parley_changes` with the organization and a topic (PostgreSQL delivers it to every instance's listener
-- after COMMIT, and folds identical notifications of one transaction into one). Triggers rather than calls
-- in each use case, so that jobs, webhooks and future writers cannot forget it.
CREATE FUNCTION parley_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed_organization uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN
    changed_organization := OLD.organization_id;
  ELSE
    changed_organization := NEW.organization_id;
  END IF;
  IF changed_organization IS NOT NULL THEN
    PERFORM pg_notify(
      'parley_changes',
      json_build_object('organizationId', changed_organization, 'topic', TG_ARGV[0])::text
    );
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER zoom_connections_changed AFTER INSERT OR UPDATE OR DELETE ON zoom_connections
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('zoom');
--> statement-breakpoint
CREATE TRIGGER zoom_admin_links_changed AFTER INSERT OR UPDATE OR DELETE ON zoom_admin_links
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('zoom');
--> statement-breakpoint
CREATE TRIGGER zoom_host_candidates_changed AFTER INSERT OR UPDATE OR DELETE ON zoom_host_candidates
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('zoom');
--> statement-breakpoint
CREATE TRIGGER zoom_account_users_changed AFTER INSERT OR UPDATE OR DELETE ON zoom_account_users
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('zoom');
--> statement-breakpoint
CREATE TRIGGER zoom_rooms_changed AFTER INSERT OR UPDATE OR DELETE ON zoom_rooms
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('zoom');
--> statement-breakpoint
CREATE TRIGGER users_changed AFTER INSERT OR UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('accounts');
--> statement-breakpoint
CREATE TRIGGER invitations_changed AFTER INSERT OR UPDATE OR DELETE ON invitations
  FOR EACH ROW EXECUTE FUNCTION parley_notify_change('accounts');
