import { BreakoutControls } from './BreakoutControls';
import { BreakoutForm } from './BreakoutForm';
import type { GatheringView } from '@intervision/shared';
import { PeopleList } from './PeopleList';
import type { SendGatheringCommand } from './useGathering';

/** The host's side: open or run the breakouts, and everyone with their hands and places. */
export function HostConsole({ view, send }: { view: GatheringView; send: SendGatheringCommand }) {
  return (
    <>
      {view.stage !== 'plenary' ? (
        <BreakoutControls view={view} send={send} />
      ) : (
        <BreakoutForm view={view} send={send} />
      )}
      <PeopleList view={view} host send={send} />
    </>
  );
}
