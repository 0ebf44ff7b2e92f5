#!/usr/bin/perl
# Flows are data: text that may come from a flow must never reach ImGui as a printf format
# (a label "100%s" would read memory that is not there). Fails, naming file:line, on any call of
# an ImGui function that takes a format whose format argument is not a string literal (or a
# choice between string literals); such text goes through ImGui::TextUnformatted or AddText.
# Usage: format_string_rule.pl FILE...
use strict;
use warnings;

# The 0-based position of the format argument of each ImGui function that takes one (1.86).
my %format_arg = (Text => 0, TextDisabled => 0, TextWrapped => 0, BulletText => 0,
                  SetTooltip => 0, LogText => 0, TextColored => 1, LabelText => 1,
                  TreeNode => 1, TreeNodeEx => 2);
my $literal = qr/"(?:[^"\\]|\\.)*"/;
my $bad = 0;

# The arguments of the call whose '(' is just before position $at in $src, split at top-level
# commas, with string and character literals kept whole.
sub call_arguments {
    my ($src, $at) = @_;
    my ($depth, $arg, @args) = (1, '');
    while ($at < length $src) {
        my $c = substr($src, $at, 1);
        if ($c eq '"' || $c eq "'") {
            my $end = $at + 1;
            $end += (substr($src, $end, 1) eq '\\') ? 2 : 1 while $end < length $src && substr($src, $end, 1) ne $c;
            $arg .= substr($src, $at, $end - $at + 1);
            $at = $end + 1;
            next;
        }
        $depth++ if $c =~ /[([{]/;
        $depth-- if $c =~ /[)\]}]/;
        last if $depth == 0;
        if ($c eq ',' && $depth == 1) { push @args, $arg; $arg = ''; } else { $arg .= $c; }
        $at++;
    }
    push @args, $arg if $arg =~ /\S/;
    return @args;
}

for my $file (@ARGV) {
    open(my $in, '<', $file) or die "$file: $!";
    my $src = do { local $/; <$in> };
    # Comments are blanked (newlines kept, so line numbers stay right).
    $src =~ s{("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|//[^\n]*|/\*(.*?)\*/}{ defined $1 ? $1 : defined $2 ? $2 =~ tr/\n//cdr : '' }gse;
    while ($src =~ /\bImGui::(\w+)\s*\(/g) {
        my ($name, $after) = ($1, pos $src);
        next unless exists $format_arg{$name};
        my @args = call_arguments($src, $after);
        next if @args <= $format_arg{$name};
        my $format = $args[$format_arg{$name}];
        next if $format =~ /^\s*(?:$literal\s*)+$/;
        next if $format =~ /^[^?"]*\?\s*$literal\s*:\s*$literal\s*$/;
        my $line = 1 + (substr($src, 0, $after) =~ tr/\n//);
        $format =~ s/^\s+|\s+$//g;
        print "$file:$line: ImGui::$name takes '$format' as a format: draw text with TextUnformatted\n";
        $bad = 1;
    }
}
exit $bad;
