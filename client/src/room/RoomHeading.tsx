import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The room's heading, which takes focus when the room opens: a screen reader says where the
 * person has arrived, and the next Tab starts from the top of the room instead of the page.
 */
export function RoomHeading({ title }: { title: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} tabIndex={-1} className="sr-only" data-testid="room-heading">
      {t('room.heading', { title })}
    </h1>
  );
}
