#include "ModelLogging.h"

namespace Portrait {

Q_LOGGING_CATEGORY(lcModel, "portrait.model", QtInfoMsg)

} // namespace Portrait
