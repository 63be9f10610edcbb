#include "models/domain/actorvalidator.h"
#include "models/domain/textkey.h"

#include <QtTest>

/// The checks of identifiers and fields, with real numbers.
class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void siret_data()
    {
        QTest::addColumn<QString>("siret");
        QTest::addColumn<bool>("valid");
        // Real establishments.
        QTest::newRow("DINUM") << "13002526500013" << true;
        QTest::newRow("CNRS") << "18008901300015" << true;
        QTest::newRow("Danone") << "55203253400646" << true;
        QTest::newRow("OVH") << "41816609600069" << true;
        QTest::newRow("La Poste head office") << "35600000000048" << true;
        QTest::newRow("La Poste office (sum of digits rule)") << "35600000049837" << true;
        // One digit mistyped, two swapped, wrong length, letters.
        QTest::newRow("one digit wrong") << "13002526500014" << false;
        QTest::newRow("two digits swapped") << "55203253400664" << false;
        QTest::newRow("13 digits") << "1300252650001" << false;
        QTest::newRow("letters") << "1300252650001A" << false;
        QTest::newRow("La Poste, bad sum") << "35600000049838" << false;
    }

    void siret()
    {
        QFETCH(QString, siret);
        QFETCH(bool, valid);
        QCOMPARE(ActorValidator::isValidSiret(siret), valid);
    }

    void siren_data()
    {
        QTest::addColumn<QString>("siren");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Danone") << "552032534" << true;
        QTest::newRow("DINUM") << "130025265" << true;
        QTest::newRow("CNRS") << "180089013" << true;
        QTest::newRow("wrong check digit") << "552032535" << false;
        QTest::newRow("8 digits") << "55203253" << false;
        QTest::newRow("spaces are not digits") << "552 032 534" << false;
    }

    void siren()
    {
        QFETCH(QString, siren);
        QFETCH(bool, valid);
        QCOMPARE(ActorValidator::isValidSiren(siren), valid);
    }

    void rnaEmailPostcode()
    {
        QVERIFY(ActorValidator::isValidRna(QStringLiteral("W595001234")));
        QVERIFY(ActorValidator::isValidRna(QStringLiteral("W9M1000123")));
        QVERIFY(!ActorValidator::isValidRna(QStringLiteral("W59500123")));
        QVERIFY(!ActorValidator::isValidRna(QStringLiteral("595001234W")));
        QVERIFY(ActorValidator::isValidEmail(QStringLiteral("contact@ress-sambre.example.fr")));
        QVERIFY(!ActorValidator::isValidEmail(QStringLiteral("contact@localhost")));
        QVERIFY(!ActorValidator::isValidEmail(QStringLiteral("contact ress@example.fr")));
        QVERIFY(ActorValidator::isValidPostcode(QStringLiteral("59600")));
        QVERIFY(!ActorValidator::isValidPostcode(QStringLiteral("5960")));
        QVERIFY(!ActorValidator::isValidPostcode(QStringLiteral("00600")));
    }

    void validateExplainsEachProblem()
    {
        Actor a;
        a.name = QStringLiteral("  ");
        a.siren = QStringLiteral("552032535");
        a.siret = QStringLiteral("13002526500013");
        a.rna = QStringLiteral("X123");
        a.email = QStringLiteral("pas-une-adresse");
        a.postcode = QStringLiteral("59440");
        a.communeName = QStringLiteral("Maubeuge");
        YearFigures f;
        f.year = 2012;
        f.volunteers = -4;
        a.figures << f;
        const QList<ValidationIssue> issues = ActorValidator::validate(a, {QStringLiteral("59600")});
        QStringList fields;
        for (const ValidationIssue &i : issues)
            fields << i.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("siren"), QStringLiteral("siret"),
                                      QStringLiteral("rna"), QStringLiteral("email"), QStringLiteral("postcode"),
                                      QStringLiteral("figures")}));
        QCOMPARE(issues.at(5).message,
                 QStringLiteral("The postcode 59440 does not belong to Maubeuge, whose postcode is 59600. Correct the postcode or the commune."));
        QCOMPARE(issues.at(6).message, QStringLiteral("The figures of 2012 cannot be negative: correct or clear them."));
    }

    void validActorHasNoIssue()
    {
        Actor a;
        a.name = QStringLiteral("Les Jardins de Cocagne de l'Avesnois");
        a.siren = QStringLiteral("552032534");
        a.siret = QStringLiteral("55203253400646");
        a.postcode = QStringLiteral("59600");
        a.communeName = QStringLiteral("Maubeuge");
        QVERIFY(ActorValidator::validate(a, {QStringLiteral("59600")}).isEmpty());
        // A commune outside the reference table: any French postcode goes.
        a.postcode = QStringLiteral("59000");
        a.communeName = QStringLiteral("Lille");
        QVERIFY(ActorValidator::validate(a, {}).isEmpty());
    }

    void siretMustStartWithSiren()
    {
        Actor a;
        a.name = QStringLiteral("x");
        a.siren = QStringLiteral("130025265");
        a.siret = QStringLiteral("55203253400646");
        const auto issues = ActorValidator::validate(a, {});
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("siret"));
    }

    void foldsAccentsCaseAndLigatures()
    {
        QCOMPARE(TextKey::fold(QStringLiteral("  Cœur de l’Avesnois  ÉNERGIE ")), QStringLiteral("coeur de l'avesnois energie"));
        QCOMPARE(TextKey::normalizedName(QStringLiteral("L'Atelier -- du Cœur")), QStringLiteral("l atelier du coeur"));
        QCOMPARE(TextKey::normalizedName(QStringLiteral("l atelier du coeur")), TextKey::normalizedName(QStringLiteral("L’ATELIER DU CŒUR")));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
