#pragma once

#include "domain/money_text.h"

namespace corpcare::models {

// The views spell money as domain/money_text.h does; these names keep their calls short.
using domain::currencySymbol;
using domain::formatMoney;
using domain::formatPercent;

} // namespace corpcare::models
