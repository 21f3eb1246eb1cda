#include "EmulatorLogging.h"

namespace Portrait {

Q_LOGGING_CATEGORY(lcEmulator, "portrait.emulator", QtInfoMsg)

} // namespace Portrait
