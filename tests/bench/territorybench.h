#pragma once

#include <QTextStream>

/// The national geography: territory.lookup_ms (p95 of 1,000 name prefix
/// searches over the whole list of communes, the first load excluded and
/// printed as territory.load_ms) and territory.init_dep_ms (the database of
/// a council made on a whole département, the Sarthe, in a temporary folder).
void runTerritoryBench(QTextStream &out);
