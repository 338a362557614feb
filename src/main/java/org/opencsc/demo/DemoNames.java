package org.opencsc.demo;

import java.util.List;

/** Name lists for generated people, weighted towards common names as a real population is. */
final class DemoNames {

    private DemoNames() {
    }

    static final List<String> GIRLS = List.of(
            "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Willow",
            "Freya", "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte", "Evelyn", "Sienna", "Sofia",
            "Daisy", "Phoebe", "Harper", "Matilda", "Ruby", "Alice", "Maya", "Jessica", "Chloe", "Millie", "Layla",
            "Aisha", "Fatima", "Zara", "Amira", "Maryam", "Hannah", "Katie", "Lucy", "Megan", "Holly", "Leah", "Niamh",
            "Kayleigh", "Chantelle", "Jade", "Courtney", "Abigail", "Elizabeth", "Eleanor", "Rebecca", "Natasha",
            "Samantha", "Victoria", "Jasmine", "Imogen", "Paige", "Ellie", "Summer", "Skye", "Molly", "Scarlett");

    static final List<String> BOYS = List.of(
            "Oliver", "George", "Noah", "Arthur", "Muhammad", "Leo", "Oscar", "Harry", "Archie", "Jack", "Henry",
            "Charlie", "Freddie", "Theodore", "Thomas", "Finley", "Theo", "Alfie", "Jacob", "William", "Isaac", "Tommy",
            "Joshua", "James", "Lucas", "Alexander", "Edward", "Mason", "Samuel", "Reggie", "Ethan", "Daniel", "Adam",
            "Ibrahim", "Yusuf", "Omar", "Ali", "Callum", "Connor", "Kyle", "Jordan", "Liam", "Ryan", "Jamie", "Dylan",
            "Kian", "Tyler", "Bradley", "Nathan", "Michael", "Christopher", "Matthew", "Robert", "Richard", "Benjamin",
            "Lewis", "Harrison", "Logan", "Riley", "Jayden", "Kai", "Elliot", "Max", "Toby", "Zachary");

    static final List<String> WOMEN = List.of(
            "Sarah", "Emma", "Laura", "Claire", "Nicola", "Lisa", "Michelle", "Gemma", "Kelly", "Rachel", "Amy", "Donna",
            "Stacey", "Kirsty", "Leanne", "Joanne", "Danielle", "Hayley", "Louise", "Karen", "Tracey", "Susan", "Dawn",
            "Jennifer", "Catherine", "Katherine", "Margaret", "Patricia", "Shabana", "Nadia", "Agnieszka", "Ewa",
            "Grace", "Precious", "Chloe", "Jade", "Charlotte", "Victoria", "Natalie", "Samantha");

    static final List<String> MEN = List.of(
            "David", "Paul", "Mark", "Andrew", "Michael", "Christopher", "Daniel", "Stephen", "Lee", "Craig", "Darren",
            "Wayne", "Gary", "Dean", "Carl", "Jason", "Anthony", "Kevin", "Scott", "Ian", "John", "Peter", "Robert",
            "William", "Richard", "Thomas", "Imran", "Tariq", "Piotr", "Tomasz", "Emmanuel", "Kwame", "Ryan", "Adam",
            "Jamie", "Liam", "Shaun", "Martin", "Neil", "Gareth");

    static final List<String> FAMILY = List.of(
            "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts",
            "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris",
            "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore",
            "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson",
            "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter",
            "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall",
            "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell",
            "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer",
            "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens",
            "Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson",
            "Howard", "Andrews", "Stewart", "Elliott", "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day",
            "Brooks", "West", "Lawrence", "Cole", "Atkinson", "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton",
            "O'Brien", "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees",
            "Hayes", "Hart", "Hudson", "Newman", "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe", "Page",
            "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid", "Holland", "Hawkins", "Harding",
            "Porter", "Robertson", "Newton", "Oliver", "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Shah",
            "Dean", "Lane", "Cooke", "Bates", "Henderson", "Parry", "Burgess", "Bishop", "Walton", "Burns", "Nicholson",
            "Kowalski", "Nowak", "Okafor", "Mensah", "Abdi", "Mohamed", "Nguyen", "Costa", "Silva", "Doherty",
            "McDonald", "Quinn", "Gallagher", "Byrne", "Connolly", "Kavanagh", "Duffy", "Lynch", "Flynn", "Doyle");

    static final List<String> STREETS = List.of(
            "Church Road", "Station Road", "Victoria Street", "Park Lane", "Mill Lane", "Queens Drive", "Manor Way",
            "Cherry Tree Avenue", "Beech Grove", "Canal Street", "Windsor Close", "Oak Crescent", "Heyes Lane",
            "Whitefield Road", "Bewley Drive", "Cronton Lane", "Longview Drive", "Tower Hill", "Stockbridge Lane");

    static final List<String> TOWNS = List.of("Knowsley", "Kirkby", "Huyton", "Prescot", "Halewood", "Whiston");

    static final List<String> POSTCODE_AREAS = List.of("L32", "L33", "L34", "L35", "L36", "L26", "L28");
}
