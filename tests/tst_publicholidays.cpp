#include "models/domain/publicholidays.h"

#include <QtTest>

/// The French public holidays, Easter's movable ones checked against the
/// published calendars (service-public.fr) over several years.
class TestPublicHolidays : public QObject
{
    Q_OBJECT

private slots:
    void easter_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("sunday");
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2028") << 2028 << QDate(2028, 4, 16);
        QTest::newRow("2038, as late as it gets") << 2038 << QDate(2038, 4, 25);
        QTest::newRow("2285, as early as it gets") << 2285 << QDate(2285, 3, 22);
    }
    void easter()
    {
        QFETCH(int, year);
        QFETCH(QDate, sunday);
        QCOMPARE(PublicHolidays::easterSunday(year), sunday);
    }

    void movableHolidays_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easterMonday");
        QTest::addColumn<QDate>("ascension");
        QTest::addColumn<QDate>("whitMonday");
        QTest::newRow("2024") << 2024 << QDate(2024, 4, 1) << QDate(2024, 5, 9) << QDate(2024, 5, 20);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 21) << QDate(2025, 5, 29) << QDate(2025, 6, 9);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 6) << QDate(2026, 5, 14) << QDate(2026, 5, 25);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 29) << QDate(2027, 5, 6) << QDate(2027, 5, 17);
        QTest::newRow("2028") << 2028 << QDate(2028, 4, 17) << QDate(2028, 5, 25) << QDate(2028, 6, 5);
    }
    void movableHolidays()
    {
        QFETCH(int, year);
        QFETCH(QDate, easterMonday);
        QFETCH(QDate, ascension);
        QFETCH(QDate, whitMonday);
        QCOMPARE(PublicHolidays::nameOf(easterMonday), QStringLiteral("Easter Monday"));
        QCOMPARE(PublicHolidays::nameOf(ascension), QStringLiteral("Ascension Day"));
        QCOMPARE(PublicHolidays::nameOf(whitMonday), QStringLiteral("Whit Monday"));
        QCOMPARE(ascension.dayOfWeek(), 4);
        QCOMPARE(PublicHolidays::ofYear(year).size(), 11);
    }

    void fixedHolidaysAndWorkingDays()
    {
        const QList<QDate> fixed = {QDate(2027, 1, 1), QDate(2027, 5, 1), QDate(2027, 5, 8), QDate(2027, 7, 14),
                                    QDate(2027, 8, 15), QDate(2027, 11, 1), QDate(2027, 11, 11), QDate(2027, 12, 25)};
        QList<QDate> found;
        for (const PublicHolidays::Holiday &h : PublicHolidays::ofYear(2027))
            found << h.date;
        QCOMPARE(found, (QList<QDate>{QDate(2027, 1, 1), QDate(2027, 3, 29), QDate(2027, 5, 1), QDate(2027, 5, 6), QDate(2027, 5, 8),
                                      QDate(2027, 5, 17), QDate(2027, 7, 14), QDate(2027, 8, 15), QDate(2027, 11, 1),
                                      QDate(2027, 11, 11), QDate(2027, 12, 25)}));
        for (const QDate &d : fixed)
            QVERIFY2(PublicHolidays::isHoliday(d), qPrintable(d.toString(Qt::ISODate)));
        QCOMPARE(PublicHolidays::nameOf(QDate(2027, 7, 14)), QStringLiteral("Bastille Day"));
        // Easter Sunday and Whit Sunday are Sundays anyway, not listed; neither is Good Friday (Alsace-Moselle only).
        QVERIFY(!PublicHolidays::isHoliday(QDate(2027, 3, 28)));
        QVERIFY(!PublicHolidays::isHoliday(QDate(2027, 3, 26)));
        QVERIFY(!PublicHolidays::isHoliday(QDate(2027, 12, 26)));
        QVERIFY(!PublicHolidays::isHoliday(QDate()));
    }

    void ascensionOnFirstOfMay()
    {
        // 2008: Ascension Thursday was 1 May, both holidays on one day.
        QCOMPARE(PublicHolidays::nameOf(QDate(2008, 5, 1)), QStringLiteral("Labour Day, Ascension Day"));
    }
};

QTEST_GUILESS_MAIN(TestPublicHolidays)
#include "tst_publicholidays.moc"
