#pragma once

namespace medvandrer {

class DeviceStore;

// Screenshots and the self-test without a server: a week of activities and three bookings as the person made
// them (requested). Returns how many records were written (0 if the calendar already has activities).
int seedCalendarDemo(DeviceStore &store);
// Then the server's side, played locally: one booking confirmed, one wait-listed, one offered — so the pages
// and the notification list show every state.
int decideCalendarDemo(DeviceStore &store);

} // namespace medvandrer
