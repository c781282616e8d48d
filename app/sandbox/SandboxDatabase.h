#pragma once

#include <QString>

// One cluster database as GET …/databases lists it (partitionTemplate left out: optional).
struct SandboxDatabase {
    QString name;
    int maxTables = 500;
    int maxColumnsPerTable = 200;
    qint64 retentionPeriod = 0; // nanoseconds; 0 means infinite
};
