#include "CliLogging.h"

namespace Portrait {

Q_LOGGING_CATEGORY(lcCli, "portrait.cli", QtInfoMsg)

} // namespace Portrait
