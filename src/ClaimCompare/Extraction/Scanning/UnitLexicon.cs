using System.Collections.Frozen;
using ClaimCompare.Language;

namespace ClaimCompare.Extraction.Scanning;

/// <summary>Units written after a figure and currencies written before it, with canonical names.</summary>
internal static class UnitLexicon
{
    /// <summary>Canonical name of the percent unit.</summary>
    public const string Percent = "percent";

    /// <summary>Time units: a figure with one of these is a duration.</summary>
    public static readonly HashSet<string> TimeUnits = new(Lexicon.Default.Words("time-unit.quantity"), StringComparer.Ordinal);

    /// <summary>Units after the figure (tokens separated by spaces; symbols are tokens of their own).</summary>
    public static readonly PhraseTable<string> After = new(Entries());

    /// <summary>
    /// Units that are rates per unit of time (speeds: "miles per hour", "km / h", "kilometres an hour"), read off the
    /// unit phrases themselves: a phrase ending in "per", "an", "a" or "/" and a time unit. A duration after such a
    /// figure ("0-60 mph in 6 seconds") is the time the rate is reached in, a measure of its own.
    /// </summary>
    public static readonly FrozenSet<string> RatesPerTime = Entries().Where(e => IsPerTime(e.Item1)).Select(e => e.Item2).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Currency marks before the figure ("$", "US$", "€", "USD").</summary>
    public static readonly PhraseTable<string> CurrencyBefore = new(
    [
        ("$", "USD"), ("us $", "USD"), ("us$", "USD"), ("usd", "USD"), ("a $", "AUD"), ("au $", "AUD"), ("c $", "CAD"),
        ("ca $", "CAD"), ("hk $", "HKD"), ("nz $", "NZD"), ("s $", "SGD"), ("€", "EUR"), ("eur", "EUR"), ("£", "GBP"),
        ("gbp", "GBP"), ("¥", "JPY"), ("jpy", "JPY"), ("₹", "INR"), ("rs", "INR"), ("₽", "RUB"),
        ("₪", "ILS"), ("chf", "CHF"), ("rm", "MYR"), ("aud", "AUD"), ("cad", "CAD"), ("cny", "CNY"),
        ("rmb", "CNY"), ("inr", "INR"), ("rub", "RUB"), ("$ a", "AUD"), ("$ us", "USD"),
    ]);

    /// <summary>Words that stand for a currency when they follow a figure ("10 million dollars").</summary>
    public static bool IsCurrency(string unit) => unit.Length == 3 && unit.All(char.IsUpper);

    private static bool IsPerTime(string phrase)
    {
        var words = phrase.Split(' ');
        if (words.Length < 3 || words[^2] is not ("per" or "an" or "a" or "/"))
        {
            return false;
        }

        var time = Entries().FirstOrDefault(e => e.Item1 == words[^1]).Item2;
        return time is not null && TimeUnits.Contains(time);
    }

    private static IEnumerable<(string, string)> Entries()
    {
        (string Unit, string[] Phrases)[] groups =
        [
            (Percent, ["%", "percent", "percents", "per cent", "pc", "per-cent", "percentage", "pct"]),
            ("percentage point", ["percentage points", "percentage point", "pp", "ppt", "ppts"]),
            ("basis point", ["basis points", "basis point", "bps", "bp"]),
            ("point", ["points", "pts"]),
            ("second", ["second", "seconds", "sec", "secs"]),
            ("minute", ["minute", "minutes", "min", "mins"]),
            ("hour", ["hour", "hours", "hr", "hrs", "h"]),
            ("day", ["day", "days"]),
            ("week", ["week", "weeks", "wk", "wks"]),
            ("month", ["month", "months"]),
            ("year", ["year", "years", "yr", "yrs"]),
            ("decade", ["decade", "decades"]),
            ("century", ["century", "centuries"]),
            ("km2", ["square kilometers", "square kilometres", "square kilometer", "square kilometre", "sq km", "sq . km", "sq . km .", "km2", "km²", "sqkm", "square km"]),
            ("mi2", ["square miles", "square mile", "sq mi", "sq miles"]),
            ("m2", ["square meters", "square metres", "square meter", "square metre", "sq m", "m2", "m²", "sqm"]),
            ("ft2", ["square feet", "square foot", "sq ft", "sq . ft", "sq . ft .", "sqft"]),
            ("ha", ["hectares", "hectare", "ha"]),
            ("acre", ["acres", "acre"]),
            ("km", ["kilometers", "kilometres", "kilometer", "kilometre", "km", "kms"]),
            ("mi", ["miles", "mile", "mi"]),
            ("m", ["meters", "metres", "meter", "metre", "m"]),
            ("cm", ["centimeters", "centimetres", "centimeter", "centimetre", "cm"]),
            ("mm", ["millimeters", "millimetres", "millimeter", "millimetre", "mm"]),
            ("ft", ["feet", "foot", "ft"]),
            ("in", ["inches", "inch"]),
            ("yd", ["yards", "yard", "yd", "yds"]),
            ("nmi", ["nautical miles", "nautical mile"]),
            ("kg", ["kilograms", "kilogrammes", "kilogram", "kilos", "kilo", "kg", "kgs"]),
            ("g", ["grams", "gram", "grammes", "g"]),
            ("mg", ["milligrams", "milligram", "mg"]),
            ("t", ["tonnes", "tonne", "tons", "ton", "metric tons"]),
            ("lb", ["pounds", "pound", "lb", "lbs"]),
            ("oz", ["ounces", "ounce", "oz"]),
            ("l", ["litres", "liters", "litre", "liter", "l"]),
            ("ml", ["millilitres", "milliliters", "ml"]),
            ("gal", ["gallons", "gallon"]),
            ("bbl", ["barrels", "barrel"]),
            ("ft3", ["cubic feet", "cubic foot"]),
            ("m3", ["cubic meters", "cubic metres", "m3"]),
            ("mph", ["mph", "miles per hour", "miles an hour"]),
            ("km/h", ["km / h", "kmh", "kph", "km / hr", "kilometers per hour", "kilometres per hour", "kilometres an hour"]),
            ("°C", ["° c", "degrees celsius", "degrees centigrade", "degree celsius", "celsius"]),
            ("°F", ["° f", "degrees fahrenheit", "degree fahrenheit", "fahrenheit"]),
            ("degree", ["degrees", "degree", "°"]),
            ("W", ["w", "watts", "watt"]),
            ("kW", ["kw", "kilowatts", "kilowatt"]),
            ("MW", ["mw", "megawatts", "megawatt"]),
            ("GW", ["gw", "gigawatts", "gigawatt"]),
            ("kWh", ["kwh", "kilowatt-hours", "kilowatt hours"]),
            ("MWh", ["mwh", "megawatt hours"]),
            ("GWh", ["gwh", "gigawatt hours"]),
            ("hp", ["hp", "bhp", "horsepower", "ps"]),
            ("GB", ["gb", "gigabytes", "gigabyte"]),
            ("MB", ["mb", "megabytes", "megabyte"]),
            ("TB", ["tb", "terabytes", "terabyte"]),
            ("Hz", ["hz", "hertz"]),
            ("GHz", ["ghz"]),
            ("mAh", ["mah"]),
            ("V", ["volts", "volt", "v"]),
            ("N·m", ["nm", "newton metres", "newton meters", "newton-metres"]),
            ("lb·ft", ["lb - ft", "pound-feet", "pound - feet"]),
            ("USD", ["dollars", "dollar", "us dollars", "usd"]),
            ("AUD", ["australian dollars"]),
            ("CAD", ["canadian dollars"]),
            ("EUR", ["euros", "euro", "eur", "€"]),
            ("GBP", ["pounds sterling", "sterling", "gbp"]),
            ("JPY", ["yen", "jpy"]),
            ("CNY", ["yuan", "renminbi"]),
            ("INR", ["rupees", "rupee", "crore"]),
            ("RUB", ["roubles", "rubles", "rouble", "ruble"]),
            ("ILS", ["shekels", "shekel"]),
            ("TRY", ["lira", "liras"]),
            ("SYP", ["syrian pounds"]),
            ("DKK", ["danish crowns", "danish kroner"]),
            ("cent", ["cents", "cent", "pence", "p", "sen"]),
        ];

        foreach (var (unit, phrases) in groups)
        {
            foreach (var phrase in phrases)
            {
                yield return (phrase, unit);
            }
        }
    }
}
