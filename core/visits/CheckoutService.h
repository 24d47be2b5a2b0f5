#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "operators/Operator.h"
#include "visits/Visit.h"

#include <QCoreApplication>

#include <memory>

namespace loyalty {

class CheckoutStore;
class Database;
class DirectCheckoutStore;

// The thirty seconds at the till (SPEC §3.1-3.3, §4, §8.2-8.3): records a visit with its points in
// one transaction, idempotently by UUID, and voids one exactly. The counter screen and
// `loyaltydesk-cli visit add/void` both come through here, and so do bulk loads (the demo
// history), which record into a VisitBatch instead of the file directly.
class CheckoutService {
    Q_DECLARE_TR_FUNCTIONS(CheckoutService)

public:
    CheckoutService(Database &db, const Clock &clock, Operator op = Operator::owner());
    // Records into `store` (voids always go to the file directly).
    CheckoutService(CheckoutStore &store, const Clock &clock, Operator op = Operator::owner());
    ~CheckoutService();

    Result<VisitResult> record(const VisitRequest &request);
    Result<VoidResult> voidVisit(qint64 visitId, const QString &reason);

    // The result of a recorded visit, as it was when recorded (for a repeated UUID).
    Result<VisitResult> resultOf(const Visit &visit) const;

    // Checks what can be checked before recording (amount, items, points) so the counter can show
    // problems as they are typed. The same checks run again inside record().
    Status precheck(const VisitRequest &request) const;

private:
    std::unique_ptr<DirectCheckoutStore> m_direct;
    CheckoutStore &m_store;
    Database &m_db;
    const Clock &m_clock;
    Operator m_operator;
};

} // namespace loyalty
