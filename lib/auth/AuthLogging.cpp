#include "AuthLogging.h"

namespace Portrait {

Q_LOGGING_CATEGORY(lcAuth, "portrait.auth", QtInfoMsg)

} // namespace Portrait
