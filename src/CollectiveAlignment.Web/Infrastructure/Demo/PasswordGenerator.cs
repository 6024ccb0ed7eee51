using System.Security.Cryptography;

namespace CollectiveAlignment.Web.Infrastructure.Demo;

/// <summary>Random passwords for demo and bootstrap accounts that satisfy Identity's default rules.</summary>
public static class PasswordGenerator
{
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "!#%+-=?@";

    /// <summary>A 16-character password with at least one lower-case letter, upper-case letter, digit and symbol.</summary>
    public static string Create()
    {
        const string all = Lower + Upper + Digits + Symbols;
        var chars = new char[16];
        chars[0] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        chars[1] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        chars[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[3] = Symbols[RandomNumberGenerator.GetInt32(Symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
