import type { EmulatorContext } from '../emulator-context.ts';
import { buildRoom, createUser } from '../state/load-seed.ts';
import type { RoomSeed, UserSeed } from '../state/seed-schema.ts';
import type { Account } from '../state/types.ts';
import { ControlError } from './control-error.ts';

/** Adds users and rooms to an existing account (control API). */
export function createAccountResources(context: EmulatorContext) {
  return {
    createUser(account: Account, userSeed: UserSeed): { id: string; email: string } {
      try {
        const user = createUser(context.state, account, userSeed, context.clock.now());
        context.state.addUser(user);
        return { id: user.id, email: user.email };
      } catch (error) {
        throw new ControlError(409, error instanceof Error ? error.message : String(error));
      }
    },
    createRoom(account: Account, roomSeed: RoomSeed): { id: string; name: string } {
      const room = buildRoom(account, roomSeed);
      if (context.state.rooms.has(room.id)) throw new ControlError(409, `Room ${roomSeed.name} exists`);
      context.state.addRoom(room);
      return { id: room.id, name: room.name };
    },
  };
}
