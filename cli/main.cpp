// heartflow: the one executable.
#include "commands.h"

int main(int argc, char** argv) {
    return heartflow::cli::run(argc, argv);
}
