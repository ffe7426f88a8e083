#include "api/api_logging.h"

Q_LOGGING_CATEGORY(lcApi, "corpcare.api", QtInfoMsg)
