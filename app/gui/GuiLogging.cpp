#include "GuiLogging.h"

namespace Portrait {

Q_LOGGING_CATEGORY(lcGui, "portrait.gui", QtInfoMsg)

} // namespace Portrait
