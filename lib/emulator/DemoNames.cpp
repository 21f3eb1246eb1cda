#include "DemoNames.h"

namespace Portrait {

const QList<QString>& DemoNames::givenNames()
{
    static const QList<QString> names{
        QStringLiteral("Adele"),      QStringLiteral("Alex"),     QStringLiteral("Allan"),  QStringLiteral("Ana"),
        QStringLiteral("Björn"),      QStringLiteral("Camille"),  QStringLiteral("Chloé"),  QStringLiteral("Christie"),
        QStringLiteral("Dalia"),      QStringLiteral("Diego"),    QStringLiteral("Emily"),  QStringLiteral("Enrico"),
        QStringLiteral("Fatima"),     QStringLiteral("François"), QStringLiteral("Grady"),  QStringLiteral("Hana"),
        QStringLiteral("Henrietta"),  QStringLiteral("Ingrid"),   QStringLiteral("Isaiah"), QStringLiteral("Jamal"),
        QStringLiteral("Joni"),       QStringLiteral("José"),     QStringLiteral("Jürgen"), QStringLiteral("Kenji"),
        QStringLiteral("Lee"),        QStringLiteral("Lidia"),    QStringLiteral("Lynne"),  QStringLiteral("Łukasz"),
        QStringLiteral("Małgorzata"), QStringLiteral("Miriam"),   QStringLiteral("Nestor"), QStringLiteral("Nils"),
        QStringLiteral("Noémie"),     QStringLiteral("Olga"),     QStringLiteral("Patti"),  QStringLiteral("Pradeep"),
        QStringLiteral("Priya"),      QStringLiteral("Raúl"),     QStringLiteral("Rafael"), QStringLiteral("Sakura"),
        QStringLiteral("Siobhán"),    QStringLiteral("Søren"),    QStringLiteral("Tomás"),  QStringLiteral("Irvin"),
        QStringLiteral("Wei"),        QStringLiteral("Yasmin"),   QStringLiteral("Zoë"),    QStringLiteral("Åsa"),
        QStringLiteral("Émile"),      QStringLiteral("Oluwaseun")};
    return names;
}

const QList<QString>& DemoNames::surnames()
{
    static const QList<QString> names{
        QStringLiteral("Adams"),     QStringLiteral("Bowen"),    QStringLiteral("Brown"),
        QStringLiteral("Çelik"),     QStringLiteral("Dvořák"),   QStringLiteral("Ellis"),
        QStringLiteral("García"),    QStringLiteral("Gonzalez"), QStringLiteral("Hansen"),
        QStringLiteral("Holloway"),  QStringLiteral("Ivanova"),  QStringLiteral("Johansson"),
        QStringLiteral("Kim"),       QStringLiteral("Kowalski"), QStringLiteral("Lambert"),
        QStringLiteral("Lindqvist"), QStringLiteral("Müller"),   QStringLiteral("Nakamura"),
        QStringLiteral("Nguyễn"),    QStringLiteral("Novak"),    QStringLiteral("O'Connor"),
        QStringLiteral("Okafor"),    QStringLiteral("Ødegaard"), QStringLiteral("Ørsted"),
        QStringLiteral("Patel"),     QStringLiteral("Petersen"), QStringLiteral("Quinn"),
        QStringLiteral("Rossi"),     QStringLiteral("Sanchez"),  QStringLiteral("Schneider"),
        QStringLiteral("Shah"),      QStringLiteral("Silva"),    QStringLiteral("Steiner"),
        QStringLiteral("Tanaka"),    QStringLiteral("Tremblay"), QStringLiteral("Vance"),
        QStringLiteral("Weber"),     QStringLiteral("Wilber"),   QStringLiteral("Wójcik"),
        QStringLiteral("Yilmaz"),    QStringLiteral("Zhang"),    QStringLiteral("Łapiński")};
    return names;
}

const QList<QString>& DemoNames::jobTitles()
{
    static const QList<QString> titles{
        QStringLiteral("Marketing Manager"),   QStringLiteral("Sales Representative"),
        QStringLiteral("Software Engineer"),   QStringLiteral("Senior Software Engineer"),
        QStringLiteral("Product Manager"),     QStringLiteral("Designer"),
        QStringLiteral("Accountant"),          QStringLiteral("Paralegal"),
        QStringLiteral("HR Manager"),          QStringLiteral("Support Engineer"),
        QStringLiteral("Data Analyst"),        QStringLiteral("Director"),
        QStringLiteral("Retail Manager"),      QStringLiteral("Researcher"),
        QStringLiteral("Executive Assistant"), QStringLiteral("Security Analyst")};
    return titles;
}

const QList<QString>& DemoNames::departments()
{
    static const QList<QString> departments{
        QStringLiteral("Marketing"),       QStringLiteral("Sales"),     QStringLiteral("Engineering"),
        QStringLiteral("Design"),          QStringLiteral("Finance"),   QStringLiteral("Legal"),
        QStringLiteral("Human Resources"), QStringLiteral("IT"),        QStringLiteral("Research"),
        QStringLiteral("Retail"),          QStringLiteral("Operations")};
    return departments;
}

const QList<QString>& DemoNames::officeLocations()
{
    static const QList<QString> locations{
        QStringLiteral("18/2111"),   QStringLiteral("131/1104"), QStringLiteral("Oslo"),
        QStringLiteral("München"),   QStringLiteral("Kraków"),   QStringLiteral("Hà Nội"),
        QStringLiteral("São Paulo"), QStringLiteral("Seattle"),  QStringLiteral("Remote")};
    return locations;
}

const QList<DemoNames::GroupTemplate>& DemoNames::groups()
{
    static const QList<GroupTemplate> groups{
        {QStringLiteral("Contoso Headquarters"), QStringLiteral("Everyone who works at the headquarters"), true},
        {QStringLiteral("Marketing"), QStringLiteral("Marketing team"), true},
        {QStringLiteral("Sales EMEA"), QStringLiteral("Sales in Europe, the Middle East and Africa"), true},
        {QStringLiteral("Sales Americas"), QStringLiteral("Sales in North and South America"), true},
        {QStringLiteral("Engineering"), QStringLiteral("All engineers"), false},
        {QStringLiteral("Design Guild"), QStringLiteral("Designers' community of practice"), true},
        {QStringLiteral("Finance"), QStringLiteral("Finance and accounting"), false},
        {QStringLiteral("Legal & Compliance"), QStringLiteral("Legal, compliance and \"policy\" questions"), true},
        {QStringLiteral("HR Business Partners"), QStringLiteral("Human resources"), false},
        {QStringLiteral("IT Helpdesk"), QStringLiteral("First-line IT support"), false},
        {QStringLiteral("Security Champions"), QStringLiteral("One security champion per team"), false},
        {QStringLiteral("Project Falcon"), QStringLiteral("Confidential project"), true},
        {QStringLiteral("Projekt Ørsted Wind"), QStringLiteral("Offshore wind partnership"), true},
        {QStringLiteral("Retail Stores"), QStringLiteral("Store managers"), true},
        {QStringLiteral("Customer Success"), QStringLiteral("Customer success managers"), true},
        {QStringLiteral("Research & Development"), QStringLiteral("R&D"), false},
        {QStringLiteral("Board of Directors"), QStringLiteral("The board"), true},
        {QStringLiteral("Interns 2024"), QStringLiteral("This year's interns"), true},
        {QStringLiteral("Social Club"), QStringLiteral("Parties, trips and après-ski"), true},
        {QStringLiteral("Running Club"), QStringLiteral("Lunchtime runs"), true},
        {QStringLiteral("Book Club"), QStringLiteral("Monthly book club"), true},
        {QStringLiteral("Mobile Team"), QStringLiteral("iOS and Android apps"), false},
        {QStringLiteral("Data Platform"), QStringLiteral("Data engineering"), false},
        {QStringLiteral("Executive Assistants"), QStringLiteral("Assistants to the executives"), true},
        {QStringLiteral("Facilities"), QStringLiteral("Buildings, desks and coffee"), false},
        {QStringLiteral("Ops On-Call"), QStringLiteral("Operations on-call rota"), false}};
    return groups;
}

const QList<DemoNames::Company>& DemoNames::companies()
{
    static const QList<Company> companies{
        {QStringLiteral("Fabrikam"), QStringLiteral("fabrikam.com")},
        {QStringLiteral("Northwind Traders"), QStringLiteral("northwindtraders.com")},
        {QStringLiteral("Adventure Works"), QStringLiteral("adventure-works.com")},
        {QStringLiteral("Tailspin Toys"), QStringLiteral("tailspintoys.com")},
        {QStringLiteral("Wide World Importers"), QStringLiteral("wideworldimporters.com")},
        {QStringLiteral("Litware, Inc."), QStringLiteral("litwareinc.com")},
        {QStringLiteral("Proseware"), QStringLiteral("proseware.com")},
        {QStringLiteral("Woodgrove Bank"), QStringLiteral("woodgrovebank.com")},
        {QStringLiteral("Alpine Ski House"), QStringLiteral("alpineskihouse.com")},
        {QStringLiteral("Coho Winery"), QStringLiteral("cohowinery.com")},
        {QStringLiteral("Fourth Coffee"), QStringLiteral("fourthcoffee.com")},
        {QStringLiteral("Lucerne Publishing"), QStringLiteral("lucernepublishing.com")}};
    return companies;
}

const QList<QString>& DemoNames::contactFolders()
{
    static const QList<QString> folders{QStringLiteral("Suppliers"),
                                        QStringLiteral("Press"),
                                        QStringLiteral("Family"),
                                        QStringLiteral("Conference 2024"),
                                        QStringLiteral("Former colleagues"),
                                        QStringLiteral("Bürgerbüro")};
    return folders;
}

QString DemoNames::asciiFold(const QString& name)
{
    QString mapped;
    mapped.reserve(name.size());
    for (const QChar c : name) {
        switch (c.unicode()) {
        case 0x00D8: // Ø
        case 0x00F8: // ø
            mapped += u'o';
            break;
        case 0x0141: // Ł
        case 0x0142: // ł
            mapped += u'l';
            break;
        case 0x00DF: // ß
            mapped += QStringLiteral("ss");
            break;
        case 0x00C6: // Æ
        case 0x00E6: // æ
            mapped += QStringLiteral("ae");
            break;
        case 0x0110: // Đ
        case 0x0111: // đ
            mapped += u'd';
            break;
        default:
            mapped += c;
        }
    }
    const QString decomposed = mapped.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out += c;
        }
    }
    return out;
}

} // namespace Portrait
