// Writes history rows as fast as it can, as the program does for each change: the row, then
// its outcome. Prints "ID" once a row is committed, "ID done" once its outcome is; runs until
// it is killed. Usage: history-writer DATABASE
#include "ChangeHistory.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    ChangeHistory history;
    if (!history.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(history.problem()));
        return 1;
    }
    for (qint64 n = 0;; ++n) {
        HistoryEntry entry;
        entry.connectionName = QStringLiteral("Kill test");
        entry.product = QStringLiteral("Dedicated");
        entry.operation = HistoryEntry::Operation::Edit;
        entry.tokenId = QStringLiteral("token-%1").arg(n);
        entry.description = QStringLiteral("row %1 ").arg(n).repeated(20);
        entry.permissionsBefore = QList<Permission>{{QStringLiteral("read"), QStringLiteral("db")}};
        entry.permissionsAfter = QList<Permission>{};
        if (!history.recordRequest(&entry))
            return 1;
        std::printf("%lld\n", entry.id);
        std::fflush(stdout);
        entry.outcome = HistoryEntry::Outcome::Confirmed;
        if (!history.recordOutcome(entry))
            return 1;
        std::printf("%lld done\n", entry.id);
        std::fflush(stdout);
    }
}
