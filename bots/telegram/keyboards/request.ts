/** Reply keyboards that ask Telegram for something only the runner's device can give. */
import { Keyboard } from 'grammy';

/** One button that shares the runner's own phone number (`request_contact`). */
export function contactKeyboard(label: string): Keyboard {
  return new Keyboard().requestContact(label).oneTime().resized();
}

/** One button that shares the runner's location, for their timezone (`request_location`). */
export function locationKeyboard(label: string): Keyboard {
  return new Keyboard().requestLocation(label).oneTime().resized();
}
