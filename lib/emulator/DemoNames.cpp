#include "DemoNames.h"

using namespace Qt::StringLiterals;

namespace Portrait {

const QList<QString>& DemoNames::givenNames()
{
    static const QList<QString> names{
        u"Adele"_s,      u"Alex"_s,   u"Allan"_s,     u"Ana"_s,    u"Björn"_s,  u"Camille"_s, u"Chloé"_s,
        u"Christie"_s,   u"Dalia"_s,  u"Diego"_s,     u"Emily"_s,  u"Enrico"_s, u"Fatima"_s,  u"François"_s,
        u"Grady"_s,      u"Hana"_s,   u"Henrietta"_s, u"Ingrid"_s, u"Isaiah"_s, u"Jamal"_s,   u"Joni"_s,
        u"José"_s,       u"Jürgen"_s, u"Kenji"_s,     u"Lee"_s,    u"Lidia"_s,  u"Lynne"_s,   u"Łukasz"_s,
        u"Małgorzata"_s, u"Miriam"_s, u"Nestor"_s,    u"Nils"_s,   u"Noémie"_s, u"Olga"_s,    u"Patti"_s,
        u"Pradeep"_s,    u"Priya"_s,  u"Raúl"_s,      u"Rafael"_s, u"Sakura"_s, u"Siobhán"_s, u"Søren"_s,
        u"Tomás"_s,      u"Irvin"_s,  u"Wei"_s,       u"Yasmin"_s, u"Zoë"_s,    u"Åsa"_s,     u"Émile"_s,
        u"Oluwaseun"_s};
    return names;
}

const QList<QString>& DemoNames::surnames()
{
    static const QList<QString> names{
        u"Adams"_s,    u"Bowen"_s,     u"Brown"_s,    u"Çelik"_s,    u"Dvořák"_s,    u"Ellis"_s,  u"García"_s,
        u"Gonzalez"_s, u"Hansen"_s,    u"Holloway"_s, u"Ivanova"_s,  u"Johansson"_s, u"Kim"_s,    u"Kowalski"_s,
        u"Lambert"_s,  u"Lindqvist"_s, u"Müller"_s,   u"Nakamura"_s, u"Nguyễn"_s,    u"Novak"_s,  u"O'Connor"_s,
        u"Okafor"_s,   u"Ødegaard"_s,  u"Ørsted"_s,   u"Patel"_s,    u"Petersen"_s,  u"Quinn"_s,  u"Rossi"_s,
        u"Sanchez"_s,  u"Schneider"_s, u"Shah"_s,     u"Silva"_s,    u"Steiner"_s,   u"Tanaka"_s, u"Tremblay"_s,
        u"Vance"_s,    u"Weber"_s,     u"Wilber"_s,   u"Wójcik"_s,   u"Yilmaz"_s,    u"Zhang"_s,  u"Łapiński"_s};
    return names;
}

const QList<QString>& DemoNames::jobTitles()
{
    static const QList<QString> titles{u"Marketing Manager"_s,   u"Sales Representative"_s,
                                       u"Software Engineer"_s,   u"Senior Software Engineer"_s,
                                       u"Product Manager"_s,     u"Designer"_s,
                                       u"Accountant"_s,          u"Paralegal"_s,
                                       u"HR Manager"_s,          u"Support Engineer"_s,
                                       u"Data Analyst"_s,        u"Director"_s,
                                       u"Retail Manager"_s,      u"Researcher"_s,
                                       u"Executive Assistant"_s, u"Security Analyst"_s};
    return titles;
}

const QList<QString>& DemoNames::departments()
{
    static const QList<QString> departments{u"Marketing"_s, u"Sales"_s,  u"Engineering"_s,     u"Design"_s,
                                            u"Finance"_s,   u"Legal"_s,  u"Human Resources"_s, u"IT"_s,
                                            u"Research"_s,  u"Retail"_s, u"Operations"_s};
    return departments;
}

const QList<QString>& DemoNames::officeLocations()
{
    static const QList<QString> locations{u"18/2111"_s, u"131/1104"_s,  u"Oslo"_s,    u"München"_s, u"Kraków"_s,
                                          u"Hà Nội"_s,  u"São Paulo"_s, u"Seattle"_s, u"Remote"_s};
    return locations;
}

const QList<DemoNames::GroupTemplate>& DemoNames::groups()
{
    static const QList<GroupTemplate> groups{
        {u"Contoso Headquarters"_s, u"Everyone who works at the headquarters"_s, true},
        {u"Marketing"_s, u"Marketing team"_s, true},
        {u"Sales EMEA"_s, u"Sales in Europe, the Middle East and Africa"_s, true},
        {u"Sales Americas"_s, u"Sales in North and South America"_s, true},
        {u"Engineering"_s, u"All engineers"_s, false},
        {u"Design Guild"_s, u"Designers' community of practice"_s, true},
        {u"Finance"_s, u"Finance and accounting"_s, false},
        {u"Legal & Compliance"_s, u"Legal, compliance and \"policy\" questions"_s, true},
        {u"HR Business Partners"_s, u"Human resources"_s, false},
        {u"IT Helpdesk"_s, u"First-line IT support"_s, false},
        {u"Security Champions"_s, u"One security champion per team"_s, false},
        {u"Project Falcon"_s, u"Confidential project"_s, true},
        {u"Projekt Ørsted Wind"_s, u"Offshore wind partnership"_s, true},
        {u"Retail Stores"_s, u"Store managers"_s, true},
        {u"Customer Success"_s, u"Customer success managers"_s, true},
        {u"Research & Development"_s, u"R&D"_s, false},
        {u"Board of Directors"_s, u"The board"_s, true},
        {u"Interns 2024"_s, u"This year's interns"_s, true},
        {u"Social Club"_s, u"Parties, trips and après-ski"_s, true},
        {u"Running Club"_s, u"Lunchtime runs"_s, true},
        {u"Book Club"_s, u"Monthly book club"_s, true},
        {u"Mobile Team"_s, u"iOS and Android apps"_s, false},
        {u"Data Platform"_s, u"Data engineering"_s, false},
        {u"Executive Assistants"_s, u"Assistants to the executives"_s, true},
        {u"Facilities"_s, u"Buildings, desks and coffee"_s, false},
        {u"Ops On-Call"_s, u"Operations on-call rota"_s, false}};
    return groups;
}

const QList<DemoNames::Company>& DemoNames::companies()
{
    static const QList<Company> companies{{u"Fabrikam"_s, u"fabrikam.com"_s},
                                          {u"Northwind Traders"_s, u"northwindtraders.com"_s},
                                          {u"Adventure Works"_s, u"adventure-works.com"_s},
                                          {u"Tailspin Toys"_s, u"tailspintoys.com"_s},
                                          {u"Wide World Importers"_s, u"wideworldimporters.com"_s},
                                          {u"Litware, Inc."_s, u"litwareinc.com"_s},
                                          {u"Proseware"_s, u"proseware.com"_s},
                                          {u"Woodgrove Bank"_s, u"woodgrovebank.com"_s},
                                          {u"Alpine Ski House"_s, u"alpineskihouse.com"_s},
                                          {u"Coho Winery"_s, u"cohowinery.com"_s},
                                          {u"Fourth Coffee"_s, u"fourthcoffee.com"_s},
                                          {u"Lucerne Publishing"_s, u"lucernepublishing.com"_s}};
    return companies;
}

const QList<QString>& DemoNames::contactFolders()
{
    static const QList<QString> folders{u"Suppliers"_s,         u"Press"_s,     u"Family"_s, u"Conference 2024"_s,
                                        u"Former colleagues"_s, u"Bürgerbüro"_s};
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
            mapped += u"ss"_s;
            break;
        case 0x00C6: // Æ
        case 0x00E6: // æ
            mapped += u"ae"_s;
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
