#pragma once

#include "api/api_job.h"
#include "domain/portal_user.h"

namespace corpcare::api {

// GET /corporate/v1/me: the signed-in portal user, his permissions and scope.
class MeJob : public ApiJob {
    Q_OBJECT

public:
    explicit MeJob(AccessManager *access, QObject *parent = nullptr);

    const domain::PortalUser &user() const { return m_user; }

protected:
    ApiError readSuccess(int httpStatus, const QByteArray &body) override;

private:
    domain::PortalUser m_user;
};

} // namespace corpcare::api
