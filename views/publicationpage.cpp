#include "publicationpage.h"
